// Exercises: counting duplicate lines with bufio.Scanner over a string reader, map[string]int, printing in first-seen order.
package main

import (
	"bufio"
	"fmt"
	"strings"
)

const input = `apple
banana
apple
cherry
banana
apple

cherry`

func main() {
	counts := make(map[string]int)
	var order []string
	input := bufio.NewScanner(strings.NewReader(input))
	for input.Scan() {
		line := input.Text()
		if counts[line] == 0 {
			order = append(order, line)
		}
		counts[line]++
	}
	for _, line := range order {
		if n := counts[line]; n > 1 {
			fmt.Printf("%d\t%q\n", n, line)
		}
	}
	seen := map[string]bool{}
	var unique []string
	for _, l := range order {
		if !seen[l] {
			seen[l] = true
			unique = append(unique, l)
		}
	}
	fmt.Println(len(unique), unique, counts)
}
