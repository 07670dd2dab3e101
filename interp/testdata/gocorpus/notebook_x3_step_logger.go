// Exercises: notebook style: global step counter and log via closure-returning helper, deferred logging
package main

import (
	"fmt"
	"strings"
)

var step int
var lines []string

func logf(format string, args ...any) {
	step++
	lines = append(lines, fmt.Sprintf("%02d "+format, append([]any{step}, args...)...))
}

func phase(name string) func() {
	logf("begin %s", name)
	return func() { logf("end %s", name) }
}

func forward() {
	defer phase("forward")()
	logf("z = %.2f", 0.75)
}

func backward() {
	defer phase("backward")()
	logf("dz = %.2f", -0.25)
}

func main() {
	forward()
	backward()
	fmt.Println(strings.Join(lines, "\n"))
}
