package main

import (
	"fmt"
	"strings"
)

// Strict alternation between N goroutines, each waiting on its own channel
// for the turn token: the classic "print in order" exercise.
func main() {
	const n, rounds = 3, 4
	turns := make([]chan int, n)
	for i := range turns {
		turns[i] = make(chan int)
	}
	done := make(chan []string)
	for id := 0; id < n; id++ {
		go func(id int) {
			var mine []string
			for {
				tok, ok := <-turns[id]
				if !ok {
					done <- mine
					return
				}
				mine = append(mine, fmt.Sprintf("%c%d", 'A'+id, tok))
				next := (id + 1) % n
				if tok == n*rounds-1 {
					for _, c := range turns {
						close(c)
					}
					done <- mine
					return
				}
				turns[next] <- tok + 1
			}
		}(id)
	}
	turns[0] <- 0
	results := make([][]string, 0, n)
	for i := 0; i < n; i++ {
		results = append(results, <-done)
	}
	var all []string
	for _, r := range results {
		all = append(all, r...)
	}
	byTok := make([]string, n*rounds)
	for _, s := range all {
		var tok int
		fmt.Sscanf(s[1:], "%d", &tok)
		byTok[tok] = s
	}
	fmt.Println(strings.Join(byTok, " "))
	fmt.Println(len(all))
}
