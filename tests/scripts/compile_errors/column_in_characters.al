// exit: 1
let s = "😀"; let y = @;
