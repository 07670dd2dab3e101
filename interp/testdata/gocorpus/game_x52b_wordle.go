package main

import (
	"fmt"
	"strings"
)

type Mark byte

const (
	Miss    Mark = '.'
	Present Mark = '?'
	Hit     Mark = '!'
)

func grade(answer, guess string) []Mark {
	marks := make([]Mark, len(guess))
	left := map[byte]int{}
	for i := 0; i < len(answer); i++ {
		if guess[i] == answer[i] {
			marks[i] = Hit
		} else {
			left[answer[i]]++
		}
	}
	for i := 0; i < len(guess); i++ {
		if marks[i] == Hit {
			continue
		}
		if left[guess[i]] > 0 {
			marks[i] = Present
			left[guess[i]]--
		} else {
			marks[i] = Miss
		}
	}
	return marks
}

type Keyboard map[rune]Mark

func (k Keyboard) Update(guess string, m []Mark) {
	for i, r := range guess {
		if old, ok := k[r]; !ok || m[i] > old {
			k[r] = m[i]
		}
	}
}

func (k Keyboard) String() string {
	var b strings.Builder
	for r := 'a'; r <= 'z'; r++ {
		if m, ok := k[r]; ok {
			fmt.Fprintf(&b, "%c%c", r, m)
		}
	}
	return b.String()
}

func main() {
	answer := "crane"
	guesses := []string{"slate", "trace", "toolong", "brace", "crane", "extra"}
	kb := Keyboard{}
	for n, g := range guesses {
		if len(g) != len(answer) {
			fmt.Printf("%q: wrong length %d\n", g, len(g))
			continue
		}
		m := grade(answer, g)
		kb.Update(g, m)
		fmt.Printf("%d %s %s  %v\n", n+1, strings.ToUpper(g), string(m), kb)
		if g == answer {
			fmt.Printf("solved in %d\n", n+1)
			break
		}
	}
	fmt.Printf("%v %q\n", grade("apple", "paper"), string(grade("llama", "hello")))
}
