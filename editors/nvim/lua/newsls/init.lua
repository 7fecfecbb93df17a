-- newsls client for Neovim 0.7+.
--
--   require("newsls").setup({
--     cmd = { "/path/to/newsls" },          -- default { "newsls" }
--     filetypes = { "text", "markdown" },
--     settings = { severity = { ["quote-variant"] = "off" } },  -- server keys, camelCase
--     root_markers = { "newsls.toml", "entities.toml", ".git" },
--   })
--
-- On Neovim 0.11+ you can instead rely on lsp/newsls.lua: vim.lsp.enable("newsls").
local M = {}

M.defaults = {
  cmd = { "newsls" },
  filetypes = { "text", "markdown" },
  settings = {},
  root_markers = { "newsls.toml", "entities.toml", ".git" },
}

local uv = vim.uv or vim.loop
local warned = false
-- Neovim < 0.8 has no vim.lsp.start: we keep one client per root ourselves.
local clients_by_root = {}

--- Lua tables that are empty encode as JSON arrays; the server expects objects.
local function as_object(t)
  if t == nil or next(t) == nil then
    return vim.empty_dict()
  end
  return t
end

--- Nearest ancestor of `path` holding one of `markers`; else the file's folder.
local function find_root(path, markers)
  local dir = vim.fn.fnamemodify(path, ":p:h")
  local start = dir
  while true do
    for _, marker in ipairs(markers) do
      if uv.fs_stat(dir .. "/" .. marker) then
        return dir
      end
    end
    local parent = vim.fn.fnamemodify(dir, ":h")
    if parent == dir then
      return start
    end
    dir = parent
  end
end

local function warn_missing(cmd)
  if warned then
    return
  end
  warned = true
  vim.notify(
    ("newsls: the language server executable %q was not found or is not executable. "
      .. "Build it with `cargo build --release` in the newsls repository and pass "
      .. 'require("newsls").setup({ cmd = { "/path/to/target/release/newsls" } }).'):format(cmd[1]),
    vim.log.levels.WARN
  )
end

--- The client config for a buffer (shared with lsp/newsls.lua's shape).
function M.client_config(opts, root_dir)
  local settings = as_object(opts.settings)
  return {
    name = "newsls",
    cmd = opts.cmd,
    root_dir = root_dir,
    workspace_folders = { { uri = vim.uri_from_fname(root_dir), name = root_dir } },
    init_options = settings,
    -- Neovim answers workspace/configuration from `settings` by section path.
    settings = { newsls = settings },
  }
end

local function attach(opts, bufnr)
  if vim.bo[bufnr].buftype ~= "" then
    return
  end
  local name = vim.api.nvim_buf_get_name(bufnr)
  if name == "" then
    return
  end
  if vim.fn.executable(opts.cmd[1]) ~= 1 then
    warn_missing(opts.cmd)
    return
  end
  local root = find_root(name, opts.root_markers)
  local config = M.client_config(opts, root)
  if vim.lsp.start then
    vim.lsp.start(config, { bufnr = bufnr })
    return
  end
  local id = clients_by_root[root]
  local client = id and vim.lsp.get_client_by_id(id)
  if not client or client.is_stopped() then
    id = vim.lsp.start_client(config)
    if not id then
      return
    end
    clients_by_root[root] = id
  end
  vim.lsp.buf_attach_client(bufnr, id)
end

function M.setup(user)
  user = user or {}
  local opts = vim.tbl_deep_extend("force", {}, M.defaults, user)
  -- tbl_deep_extend merges lists index by index; a list the user gives replaces ours.
  for _, key in ipairs({ "cmd", "filetypes", "root_markers" }) do
    if user[key] ~= nil then
      opts[key] = vim.deepcopy(user[key])
    end
  end
  if type(opts.cmd) == "string" then
    opts.cmd = { opts.cmd }
  end
  if opts.settings.severity then
    opts.settings.severity = as_object(opts.settings.severity)
  end
  M.options = opts

  local group = vim.api.nvim_create_augroup("newsls", { clear = true })
  vim.api.nvim_create_autocmd("FileType", {
    group = group,
    pattern = opts.filetypes,
    callback = function(args)
      attach(opts, args.buf)
    end,
  })
  -- Buffers opened before setup() ran (e.g. `nvim story.md` with a lazy plugin manager).
  for _, bufnr in ipairs(vim.api.nvim_list_bufs()) do
    if vim.api.nvim_buf_is_loaded(bufnr) and vim.tbl_contains(opts.filetypes, vim.bo[bufnr].filetype) then
      attach(opts, bufnr)
    end
  end
end

return M
