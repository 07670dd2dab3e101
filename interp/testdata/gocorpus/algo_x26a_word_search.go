package main

import (
	"errors"
	"fmt"
	"sort"
)

type Point [2]int

var directions = []Point{{1, 0}, {-1, 0}, {0, 1}, {0, -1}, {1, 1}, {-1, -1}, {1, -1}, {-1, 1}}

func Solve(words []string, puzzle []string) (map[string][2]Point, error) {
	found := make(map[string][2]Point, len(words))
	at := func(x, y int) (byte, bool) {
		if y < 0 || y >= len(puzzle) || x < 0 || x >= len(puzzle[y]) {
			return 0, false
		}
		return puzzle[y][x], true
	}
	var missing []string
words:
	for _, w := range words {
		for y := range puzzle {
			for x := range len(puzzle[y]) {
				for _, d := range directions {
					i := 0
					for ; i < len(w); i++ {
						c, ok := at(x+d[0]*i, y+d[1]*i)
						if !ok || c != w[i] {
							break
						}
					}
					if i == len(w) {
						end := Point{x + d[0]*(len(w)-1), y + d[1]*(len(w)-1)}
						found[w] = [2]Point{{x, y}, end}
						continue words
					}
				}
			}
		}
		missing = append(missing, w)
	}
	if len(missing) > 0 {
		return found, fmt.Errorf("not found: %v", missing)
	}
	return found, nil
}

func main() {
	puzzle := []string{
		"jefblpepre",
		"camdcimgtc",
		"oivokprjsm",
		"pbwasqroua",
		"rixilelhrs",
		"wolcqlirpc",
		"screeaumgr",
		"alxhpburyi",
		"jalaycalmp",
		"clojurermt",
	}
	words := []string{"clojure", "elixir", "ecmascript", "rust", "java", "lua", "lisp", "ruby", "haskell"}
	found, err := Solve(words, puzzle)
	fmt.Println(err)
	keys := make([]string, 0, len(found))
	for k := range found {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		fmt.Printf("%-10s %v -> %v\n", k, found[k][0], found[k][1])
	}
	fmt.Println(found)
	_, err = Solve([]string{"xyz"}, []string{})
	fmt.Println(err, errors.Unwrap(err) == nil)
}
