while true { break 5; }
