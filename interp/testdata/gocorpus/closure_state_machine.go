// Exercises: a state machine where each state is a function returning the next state.
package main

import "fmt"

type stateFn func(r rune) stateFn

func main() {
	var inWord, inSpace stateFn
	words := 0
	inWord = func(r rune) stateFn {
		if r == ' ' {
			return inSpace
		}
		return inWord
	}
	inSpace = func(r rune) stateFn {
		if r == ' ' {
			return inSpace
		}
		words++
		return inWord
	}
	state := inSpace
	for _, r := range "  the quick  brown fox   jumps " {
		state = state(r)
	}
	fmt.Println("words:", words)
}
