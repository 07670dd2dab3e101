// Exercises: Go-by-Example-style text processing - line filter upper-casing and numbering input lines.
package main

import (
	"bufio"
	"fmt"
	"strings"
)

const doc = `hello world
this is a line filter
it upper-cases every line
and numbers it`

func main() {
	scanner := bufio.NewScanner(strings.NewReader(doc))
	n := 0
	longest := ""
	for scanner.Scan() {
		n++
		line := scanner.Text()
		if len(line) > len(longest) {
			longest = line
		}
		fmt.Printf("%02d %s\n", n, strings.ToUpper(line))
	}
	if err := scanner.Err(); err != nil {
		fmt.Println("error:", err)
	}
	fmt.Println("longest:", longest)
}
