-- Neovim 0.11+ native config: with editors/nvim on 'runtimepath',
--   vim.lsp.config("newsls", { cmd = { "/path/to/newsls" }, settings = { newsls = { ... } } })
--   vim.lsp.enable("newsls")
-- settings.newsls answers the server's workspace/configuration requests.
return {
  cmd = { "newsls" },
  filetypes = { "text", "markdown" },
  root_markers = { "newsls.toml", "entities.toml", ".git" },
  settings = { newsls = vim.empty_dict() },
  -- Send the same object as initializationOptions so the first analysis already uses it.
  before_init = function(params, config)
    local s = config.settings and config.settings.newsls
    params.initializationOptions = (s and next(s) ~= nil) and s or vim.empty_dict()
  end,
}
