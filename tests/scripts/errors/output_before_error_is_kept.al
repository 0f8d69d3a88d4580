// exit: 1
println("line 1");
print("partial ");
let x = nil;
x.field;
