//! A guard on stdin. tower-lsp-server's reader stops for good after the
//! first undecodable message (tokio-util's `FramedRead` ends the stream on a
//! decoder error), so one malformed message from a client would end the
//! session. This task reads the framing itself and passes valid messages
//! through untouched; a malformed one is replaced by a request to
//! [`MALFORMED`] with id `null`, whose handler answers with the JSON-RPC
//! error (-32700 parse error, -32600 invalid request) that the client
//! should have got.

use serde::Deserialize;
use serde::de::IgnoredAny;
use serde_json::json;
use tokio::io::{AsyncBufReadExt, AsyncRead, AsyncReadExt, AsyncWrite, AsyncWriteExt, BufReader};

/// The internal method a malformed message is turned into.
pub const MALFORMED: &str = "newsls/internal/malformed";

/// Copies framed messages from `input` to `output` until EOF, repairing
/// malformed ones as described above.
pub async fn guard(input: impl AsyncRead + Unpin, mut output: impl AsyncWrite + Unpin) {
    let mut reader = BufReader::new(input);
    loop {
        let frame = match read_frame(&mut reader).await {
            Ok(Some(frame)) => frame,
            Ok(None) => break,
            Err(reason) => malformed(-32700, &reason),
        };
        let body = match check(&frame) {
            Ok(()) => frame,
            Err((code, reason)) => malformed(code, &reason),
        };
        let header = format!("Content-Length: {}\r\n\r\n", body.len());
        if output.write_all(header.as_bytes()).await.is_err() || output.write_all(&body).await.is_err() {
            break;
        }
    }
    let _ = output.shutdown().await;
}

fn malformed(code: i64, reason: &str) -> Vec<u8> {
    let msg = json!({"jsonrpc": "2.0", "id": null, "method": MALFORMED, "params": {"code": code, "reason": reason}});
    msg.to_string().into_bytes()
}

/// Reads one message body; `Ok(None)` at end of input, `Err` for a broken
/// header (the body, if any, is skipped).
async fn read_frame(reader: &mut (impl AsyncBufReadExt + Unpin)) -> Result<Option<Vec<u8>>, String> {
    let mut length: Option<Result<usize, String>> = None;
    let mut line = Vec::new();
    let mut saw_header = false;
    loop {
        line.clear();
        let n = reader.read_until(b'\n', &mut line).await.map_err(|e| e.to_string())?;
        if n == 0 {
            return Ok(None);
        }
        let text = String::from_utf8_lossy(&line);
        let text = text.trim_end_matches(['\r', '\n']);
        if text.is_empty() {
            if saw_header {
                break;
            }
            continue; // stray blank line between messages
        }
        saw_header = true;
        if let Some((name, value)) = text.split_once(':')
            && name.trim().eq_ignore_ascii_case("content-length")
        {
            length = Some(
                value
                    .trim()
                    .parse()
                    .map_err(|_| format!("bad Content-Length `{}`", value.trim())),
            );
        }
    }
    let length = match length {
        Some(Ok(n)) => n,
        Some(Err(e)) => return Err(e),
        None => return Err("missing Content-Length header".into()),
    };
    let mut body = vec![0; length];
    reader
        .read_exact(&mut body)
        .await
        .map_err(|e| format!("truncated message: {e}"))?;
    Ok(Some(body))
}

/// What tower-lsp-server's decoder needs to accept a message. Fields are
/// presence flags: `"result": null` is a valid response.
#[derive(Deserialize)]
struct Probe {
    jsonrpc: Option<String>,
    #[serde(default, deserialize_with = "present")]
    method: bool,
    #[serde(default, deserialize_with = "present")]
    id: bool,
    #[serde(default, deserialize_with = "present")]
    result: bool,
    #[serde(default, deserialize_with = "present")]
    error: bool,
}

fn present<'de, D: serde::Deserializer<'de>>(d: D) -> Result<bool, D::Error> {
    IgnoredAny::deserialize(d).map(|_| true)
}

fn check(body: &[u8]) -> Result<(), (i64, String)> {
    if body.is_empty() {
        return Err((-32700, "empty message body".into()));
    }
    let probe: Probe = match serde_json::from_slice(body) {
        Ok(p) => p,
        Err(e) if e.is_data() => return Err((-32600, format!("not a JSON-RPC message: {e}"))),
        Err(e) => return Err((-32700, format!("invalid JSON: {e}"))),
    };
    let valid =
        probe.jsonrpc.as_deref() == Some("2.0") && (probe.method || (probe.id && (probe.result || probe.error)));
    if valid {
        Ok(())
    } else {
        Err((-32600, "not a JSON-RPC 2.0 request, notification or response".into()))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    async fn run(input: &[u8]) -> String {
        let mut out = Vec::new();
        guard(input, &mut out).await;
        String::from_utf8(out).unwrap()
    }

    #[tokio::test]
    async fn passes_valid_messages_and_repairs_broken_ones() {
        let good = r#"{"jsonrpc":"2.0","id":1,"result":null}"#;
        let input = format!(
            "Content-Length: 9\r\n\r\n{{not json\
             Content-Length: {}\r\n\r\n{good}\
             Content-Length: 2\r\n\r\n[]\
             Content-Length: x\r\n\r\n",
            good.len()
        );
        let out = run(input.as_bytes()).await;
        let bodies: Vec<&str> = out
            .split("Content-Length: ")
            .skip(1)
            .map(|f| f.split_once("\r\n\r\n").unwrap().1)
            .collect();
        assert_eq!(bodies.len(), 4);
        assert!(bodies[0].contains(MALFORMED) && bodies[0].contains("-32700"));
        assert_eq!(bodies[1], good);
        assert!(bodies[2].contains("-32600"));
        assert!(bodies[3].contains("bad Content-Length"));
    }
}
