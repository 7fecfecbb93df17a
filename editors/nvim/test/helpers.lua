-- Test helpers that work the same on Neovim 0.7 and 0.11+ (no version-specific APIs).
local M = { passed = 0, failed = 0 }

function M.log(line)
  io.stdout:write(line .. "\n")
  io.stdout:flush()
end

function M.check(name, fn)
  local ok, err = pcall(fn)
  if ok then
    M.passed = M.passed + 1
    M.log("ok - " .. name)
  else
    M.failed = M.failed + 1
    M.log("not ok - " .. name .. "\n    " .. tostring(err):gsub("\n", "\n    "))
  end
end

function M.finish()
  M.log(("%d passed, %d failed"):format(M.passed, M.failed))
  for _, c in ipairs(vim.lsp.get_clients and vim.lsp.get_clients() or vim.lsp.get_active_clients()) do
    vim.lsp.stop_client(c.id)
  end
  vim.cmd(M.failed == 0 and "qall!" or "cquit! 1")
end

--- vim.wait that errors with `what` on timeout and returns the predicate's value.
function M.wait(ms, fn, what)
  local value
  local ok = vim.wait(ms, function()
    value = fn()
    return value and true or false
  end, 50)
  if not ok then
    error(("timed out after %d ms waiting for %s"):format(ms, what), 2)
  end
  return value
end

--- Records which URIs got textDocument/publishDiagnostics (vim.diagnostic cannot tell
--- "published, empty" from "not yet analysed"). Call before any client starts.
M.published = {}
function M.track_publish()
  local orig = vim.lsp.handlers["textDocument/publishDiagnostics"]
  vim.lsp.handlers["textDocument/publishDiagnostics"] = function(err, result, ctx, config)
    if result and result.uri then
      M.published[result.uri] = (M.published[result.uri] or 0) + 1
    end
    return orig(err, result, ctx, config)
  end
end

local function copy(src, dst)
  local i = assert(io.open(src, "rb"))
  local data = i:read("*a")
  i:close()
  local o = assert(io.open(dst, "wb"))
  o:write(data)
  o:close()
end

--- A temporary workspace with the seed articles and `extra` files.
function M.workspace(seeds, extra)
  -- resolve() so the path matches the server's and Neovim's (no symlinked /tmp surprises).
  local dir = vim.fn.resolve(vim.fn.tempname())
  vim.fn.mkdir(dir, "p")
  for _, f in ipairs(vim.fn.glob(seeds .. "/*.txt", false, true)) do
    copy(f, dir .. "/" .. vim.fn.fnamemodify(f, ":t"))
  end
  for name, text in pairs(extra or {}) do
    local o = assert(io.open(dir .. "/" .. name, "wb"))
    o:write(text)
    o:close()
  end
  return dir
end

function M.clients(buf)
  if vim.lsp.get_clients then
    return vim.lsp.get_clients({ bufnr = buf, name = "newsls" })
  end
  local out = {}
  for _, c in pairs(vim.lsp.buf_get_clients(buf)) do
    if c.name == "newsls" then
      table.insert(out, c)
    end
  end
  return out
end

-- UTF-8 byte offset <-> LSP character offset, written out because
-- vim.str_utfindex/str_byteindex changed signatures between 0.7 and 0.11.
local function units(byte, encoding)
  if byte >= 0xF0 then
    return 4, encoding == "utf-16" and 2 or 1
  elseif byte >= 0xE0 then
    return 3, 1
  elseif byte >= 0xC0 then
    return 2, 1
  end
  return 1, 1
end

function M.to_character(line, bytecol, encoding)
  if encoding == "utf-8" then
    return bytecol
  end
  local i, n = 1, 0
  while i <= bytecol do
    local len, u = units(line:byte(i), encoding)
    i, n = i + len, n + u
  end
  return n
end

function M.to_bytecol(line, character, encoding)
  if encoding == "utf-8" then
    return character
  end
  local i, n = 1, 0
  while n < character and i <= #line do
    local len, u = units(line:byte(i), encoding)
    i, n = i + len, n + u
  end
  return i - 1
end

--- LSP position of the `nth` occurrence of `needle` in the buffer.
function M.find(buf, needle, nth, encoding)
  local seen = 0
  for row, line in ipairs(vim.api.nvim_buf_get_lines(buf, 0, -1, false)) do
    local from = 1
    while true do
      local s = line:find(needle, from, true)
      if not s then
        break
      end
      seen = seen + 1
      if seen == nth then
        return { line = row - 1, character = M.to_character(line, s - 1, encoding) }
      end
      from = s + 1
    end
  end
  error(("%q #%d not in buffer"):format(needle, nth), 2)
end

--- The text an LSP range covers in a file on disk.
function M.text_at(file, range, encoding)
  local lines = vim.fn.readfile(file)
  local first = lines[range.start.line + 1] or ""
  local s = M.to_bytecol(first, range.start.character, encoding)
  if range["end"].line ~= range.start.line then
    return first:sub(s + 1)
  end
  return first:sub(s + 1, M.to_bytecol(first, range["end"].character, encoding))
end

--- Synchronous request to the newsls client; returns the result or raises the error.
function M.request(client, buf, method, params)
  local responses, err = vim.lsp.buf_request_sync(buf, method, params, 10000)
  assert(responses, ("%s: %s"):format(method, tostring(err)))
  local r = responses[client.id]
  assert(r, method .. ": no response from newsls")
  assert(not r.err and not r.error, method .. ": " .. vim.inspect(r.err or r.error))
  return r.result
end

--- Polls newsls/status until no analysis is queued or running; returns the status.
--- A plain loop: buf_request_sync already waits, and vim.wait must not nest.
function M.idle(client, buf, ms)
  local deadline = vim.loop.now() + (ms or 20000)
  while true do
    local status = M.request(client, buf, "newsls/status", nil)
    if not (status.pending or status.indexing) then
      return status
    end
    assert(vim.loop.now() < deadline, "server still busy: " .. vim.inspect(status))
    vim.wait(100)
  end
end

function M.hover_text(client, buf, position)
  local hover = M.request(client, buf, "textDocument/hover", {
    textDocument = { uri = vim.uri_from_bufnr(buf) },
    position = position,
  })
  assert(hover, "no hover at " .. vim.inspect(position))
  local c = hover.contents
  if type(c) == "string" then
    return c
  end
  if c.value then
    return c.value
  end
  local parts = {}
  for _, p in ipairs(c) do
    table.insert(parts, type(p) == "string" and p or p.value)
  end
  return table.concat(parts, "\n")
end

return M
