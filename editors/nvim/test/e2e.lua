-- Headless end-to-end test of the newsls Neovim client against the real server.
--   NEWSLS_BIN=... NEWSLS_SEEDS=.../seeds NEWSLS_MODE=setup|native \
--   nvim --headless -u NONE -i NONE -n --cmd "set rtp^=editors/nvim" -c "luafile editors/nvim/test/e2e.lua"
-- setup:  require("newsls").setup() (works on 0.7+); native: lsp/newsls.lua + vim.lsp.enable (0.11+).
-- Prints one line per check and "N passed, N failed"; exits non-zero on any failure.
local t = dofile(vim.fn.fnamemodify(debug.getinfo(1, "S").source:sub(2), ":h") .. "/helpers.lua")

local bin = assert(os.getenv("NEWSLS_BIN"), "NEWSLS_BIN not set")
local mode = os.getenv("NEWSLS_MODE") or "setup"
local root = t.workspace((assert(os.getenv("NEWSLS_SEEDS"), "NEWSLS_SEEDS not set")), {
  -- An unknown key: the server must flag it with a `config` diagnostic on this file.
  ["newsls.toml"] = "foo = 1\n",
})
t.log(("# %s, mode %s, workspace %s"):format(vim.fn.execute("version"):match("NVIM v[^\n]+"), mode, root))

vim.cmd("filetype on")
t.track_publish()
vim.v.errmsg = ""
-- Excluding one seed makes the settings' effect visible in newsls/status.
local settings = { exclude = { "**/004_*" } }
local expected_articles = #vim.fn.glob(root .. "/*.txt", false, true) - 1
if mode == "native" then
  vim.lsp.config("newsls", { cmd = { bin }, settings = { newsls = settings } })
  vim.lsp.enable("newsls")
else
  require("newsls").setup({ cmd = { bin }, settings = settings })
end

local article = root .. "/003_68503c5554548f8e.txt"
vim.cmd("edit " .. vim.fn.fnameescape(article))
local buf = vim.api.nvim_get_current_buf()
local client

t.check("the client starts and attaches to the text buffer", function()
  assert(vim.bo[buf].filetype == "text", "filetype is " .. vim.bo[buf].filetype)
  client = t.wait(10000, function()
    local c = t.clients(buf)[1]
    return c and c.initialized and c
  end, "an initialized newsls client on the buffer")
  assert(client.name == "newsls", client.name)
  assert(client.config.root_dir == root, ("root_dir %s, expected %s"):format(client.config.root_dir, root))
  local caps = client.server_capabilities
  assert(caps.hoverProvider and caps.definitionProvider, vim.inspect(caps))
end)

t.check("position encoding: utf-8 where Neovim offers it, else utf-16", function()
  -- Neovim offers general.positionEncodings from 0.10 on; the server should pick utf-8.
  local expected = vim.fn.has("nvim-0.10") == 1 and "utf-8" or "utf-16"
  assert(client.offset_encoding == expected, ("offset_encoding %s, expected %s"):format(client.offset_encoding, expected))
end)

t.check("a config diagnostic arrives for the malformed newsls.toml", function()
  local toml = root .. "/newsls.toml"
  local diags = t.wait(15000, function()
    local b = vim.fn.bufnr(toml)
    local d = b ~= -1 and vim.diagnostic.get(b) or {}
    return #d > 0 and d
  end, "diagnostics on newsls.toml")
  local found
  for _, d in ipairs(diags) do
    local code = d.code or (d.user_data and d.user_data.lsp and d.user_data.lsp.code)
    if code == "config" then
      found = d
    end
  end
  assert(found, "no diagnostic with code 'config': " .. vim.inspect(diags))
  assert(found.source == "newsls", "source " .. tostring(found.source))
  assert(found.message:find("foo"), "message should name the unknown key: " .. found.message)
end)

t.check("diagnostics are published for the opened article", function()
  local uri = vim.uri_from_bufnr(buf)
  t.wait(15000, function() return t.published[uri] end, "publishDiagnostics for " .. uri)
  -- The first publish can precede the analysis (an empty set on open), so wait for the
  -- server to be idle: the hover and definition checks below need the finished index.
  t.idle(client, buf)
  for _, d in ipairs(vim.diagnostic.get(buf)) do
    assert(d.source == "newsls", vim.inspect(d))
  end
end)

t.check("hover on 'Vladimir Putin' names the entity and its type", function()
  local text = t.hover_text(client, buf, t.find(buf, "Vladimir Putin", 1, client.offset_encoding))
  assert(text:find("Putin"), text)
  assert(text:find("PERSON"), text)
end)

t.check("hover after curly quotes uses the negotiated encoding", function()
  local file = root .. "/001_1843c79c0ab27d35.txt"
  vim.cmd("edit " .. vim.fn.fnameescape(file))
  local b = vim.api.nvim_get_current_buf()
  t.wait(15000, function() return t.published[vim.uri_from_bufnr(b)] end, "publishDiagnostics for 001")
  t.idle(client, b)
  -- “…,” are 1 UTF-16 unit but 3 UTF-8 bytes each: a mismatch lands before the name.
  local pos = t.find(b, "” Putin said", 1, client.offset_encoding)
  pos.character = pos.character + (client.offset_encoding == "utf-8" and 4 or 2)
  local text = t.hover_text(client, b, pos)
  assert(text:find("Putin"), text)
  vim.cmd("buffer " .. buf)
end)

t.check("definition goes to the first mention of the entity", function()
  local pos = t.find(buf, "Putin", 4, client.offset_encoding)
  local locs = t.request(client, buf, "textDocument/definition", {
    textDocument = { uri = vim.uri_from_bufnr(buf) },
    position = pos,
  })
  assert(locs, "no definition result")
  if locs.uri or locs.targetUri then
    locs = { locs }
  end
  assert(#locs == 1, vim.inspect(locs))
  local loc = locs[1]
  local uri = loc.uri or loc.targetUri
  local range = loc.range or loc.targetSelectionRange
  assert(vim.uri_to_fname(uri):sub(1, #root) == root, "outside the workspace: " .. uri)
  local text = t.text_at(vim.uri_to_fname(uri), range, client.offset_encoding)
  assert(text:find("Putin"), ("range covers %q"):format(text))
end)

t.check("the plugin's settings reach the server (exclude drops one article)", function()
  local status = t.idle(client, buf)
  assert(status.articles == expected_articles, ("articles %d, expected %d: %s"):format(
    status.articles, expected_articles, vim.inspect(status)))
end)

t.check("the session showed the user no error messages", function()
  -- Protocol errors (e.g. the server rejecting one of Neovim's responses) land here.
  assert(vim.v.errmsg == "", "messages shown:" .. vim.fn.execute("messages"))
end)

t.finish()
