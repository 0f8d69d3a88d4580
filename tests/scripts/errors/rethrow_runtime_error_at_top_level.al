// exit: 1
// A runtime error caught and thrown again at the top level keeps its own location.
try {
    [1][3];
} catch e {
    throw e;
}
