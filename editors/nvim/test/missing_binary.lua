-- setup() with a binary that does not exist: one clear warning, no client, no error.
local t = dofile(vim.fn.fnamemodify(debug.getinfo(1, "S").source:sub(2), ":h") .. "/helpers.lua")
local root = t.workspace((assert(os.getenv("NEWSLS_SEEDS"), "NEWSLS_SEEDS not set")))

local notes = {}
vim.notify = function(msg, level)
  table.insert(notes, { msg = msg, level = level })
end
vim.cmd("filetype on")

t.check("a missing binary warns once, clearly, and starts nothing", function()
  require("newsls").setup({ cmd = { "/nonexistent/newsls" } })
  vim.cmd("edit " .. vim.fn.fnameescape(root .. "/000_f6321f4f82dd81a6.txt"))
  vim.cmd("edit " .. vim.fn.fnameescape(root .. "/001_1843c79c0ab27d35.txt"))
  vim.wait(200)
  assert(#notes == 1, "expected exactly one notification: " .. vim.inspect(notes))
  assert(notes[1].level == vim.log.levels.WARN, "level " .. tostring(notes[1].level))
  assert(notes[1].msg:find("/nonexistent/newsls", 1, true) and notes[1].msg:find("not found"), notes[1].msg)
  assert(#t.clients(0) == 0, "no client should be running")
end)

t.finish()
