// exit: 1
while true { break 5; }
