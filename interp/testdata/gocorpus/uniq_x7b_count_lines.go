// Exercises: a uniq -c style tool: bufio.Scanner over lines, adjacent de-duplication, counting with a map and first-seen order, strings.EqualFold option, Printf %7d.
package main

import (
	"bufio"
	"fmt"
	"strings"
)

const input = `apple
apple
Banana
banana
cherry
apple
cherry
cherry
`

type opts struct{ ignoreCase bool }

func uniq(text string, o opts) {
	sc := bufio.NewScanner(strings.NewReader(text))
	prev, count := "", 0
	flush := func() {
		if count > 0 {
			fmt.Printf("%7d %s\n", count, prev)
		}
	}
	for sc.Scan() {
		line := sc.Text()
		same := line == prev || (o.ignoreCase && strings.EqualFold(line, prev))
		if same && count > 0 {
			count++
			continue
		}
		flush()
		prev, count = line, 1
	}
	flush()
}

func main() {
	uniq(input, opts{})
	fmt.Println("--")
	uniq(input, opts{ignoreCase: true})
	fmt.Println("--")
	seen := map[string]int{}
	var order []string
	for _, l := range strings.Split(strings.TrimSpace(input), "\n") {
		if seen[l] == 0 {
			order = append(order, l)
		}
		seen[l]++
	}
	for _, l := range order {
		fmt.Println(l, seen[l])
	}
}
