-- wrk script: posts the article's comment form, a different comment each time, and counts the
-- answers. Only a 303 (See Other, back to the article) counts as accepted.
--
-- Arguments (after "--"): the form's path, a nonce that makes this run's comments and e-mail
-- addresses unlike earlier runs' (the per-e-mail flood limit would otherwise refuse a run that
-- starts within its window of the one before), optional extra form fields, already URL-encoded ("&name=value..."), and the
-- status that counts as accepted (default 303).

local threads = {}

function setup(thread)
  table.insert(threads, thread)
  thread:set("id", #threads)
end

function init(args)
  path = args[1] or "/articles/bench-article/comments"
  nonce = args[2] or tostring(os.time())
  extra = args[3] or ""
  accept_status = tonumber(args[4] or "303") or 303
  counter = 0
  accepted = 0
  other = 0
  statuses = {}
end

local function encode(s)
  return (s:gsub("[^%w%-%._~]", function(c)
    return string.format("%%%02X", string.byte(c))
  end))
end

local sentences = {
  "The bridge matters less than the buses that cross it.",
  "I moved here ten years ago and rents have doubled since.",
  "Who audits the harbour board's figures?",
  "My street floods every winter; fix the drains first.",
  "Good reporting, thank you for following this.",
}

function request()
  counter = counter + 1
  local text = sentences[(counter % #sentences) + 1] .. "\n\nReader " .. id .. "." .. counter
      .. " (" .. nonce .. ") " .. sentences[((counter * 3) % #sentences) + 1]
  local body = "comment=" .. encode(text)
      .. "&author=" .. encode("Bench Reader " .. id)
      .. "&email=" .. encode("reader" .. id .. "." .. counter .. "." .. nonce .. "@example.org")
      .. "&url=" .. extra
  return wrk.format("POST", path, { ["Content-Type"] = "application/x-www-form-urlencoded" }, body)
end

function response(status, headers, body)
  if status == accept_status then
    accepted = accepted + 1
  else
    other = other + 1
    statuses[status] = (statuses[status] or 0) + 1
  end
end

function done(summary, latency, requests)
  local total_accepted, total_other, by_status = 0, 0, {}
  for _, thread in ipairs(threads) do
    total_accepted = total_accepted + thread:get("accepted")
    total_other = total_other + thread:get("other")
    for status, count in pairs(thread:get("statuses")) do
      by_status[status] = (by_status[status] or 0) + count
    end
  end
  local parts = {}
  for status, count in pairs(by_status) do
    table.insert(parts, status .. ":" .. count)
  end
  io.write("comments_accepted=" .. total_accepted .. "\n")
  io.write("comments_other=" .. total_other .. "\n")
  io.write("comments_other_statuses=" .. table.concat(parts, ",") .. "\n")
end
