package main

import (
	"fmt"
	"strings"
	"unicode"
)

type Game struct {
	word    string
	guessed map[rune]bool
	misses  []rune
	maxMiss int
}

type Outcome int

const (
	Playing Outcome = iota
	Won
	Lost
)

func (o Outcome) String() string {
	switch o {
	case Won:
		return "won"
	case Lost:
		return "lost"
	default:
		return "playing"
	}
}

func NewGame(word string, maxMiss int) *Game {
	return &Game{word: strings.ToLower(word), guessed: make(map[rune]bool), maxMiss: maxMiss}
}

func (g *Game) Guess(r rune) (hit bool, err error) {
	r = unicode.ToLower(r)
	if !unicode.IsLetter(r) {
		return false, fmt.Errorf("%q is not a letter", r)
	}
	if g.guessed[r] {
		return false, fmt.Errorf("already guessed %c", r)
	}
	g.guessed[r] = true
	if strings.ContainsRune(g.word, r) {
		return true, nil
	}
	g.misses = append(g.misses, r)
	return false, nil
}

func (g *Game) Masked() string {
	return strings.Map(func(r rune) rune {
		if g.guessed[r] || !unicode.IsLetter(r) {
			return r
		}
		return '_'
	}, g.word)
}

func (g *Game) State() Outcome {
	if len(g.misses) >= g.maxMiss {
		return Lost
	}
	if !strings.Contains(g.Masked(), "_") {
		return Won
	}
	return Playing
}

func play(word, guesses string) {
	g := NewGame(word, 5)
	for _, r := range guesses {
		if g.State() != Playing {
			break
		}
		hit, err := g.Guess(r)
		if err != nil {
			fmt.Println("  !", err)
			continue
		}
		fmt.Printf("  %c %-5t %s misses=%s\n", r, hit, g.Masked(), string(g.misses))
	}
	fmt.Printf("%q: %v\n", word, g.State())
}

func main() {
	play("Gopher", "eoxgEp7hzr")
	play("ice-cream", "aeiouqwz")
}
