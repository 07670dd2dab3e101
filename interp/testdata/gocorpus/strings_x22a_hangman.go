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

func NewGame(word string, maxMiss int) *Game {
	return &Game{word: strings.ToLower(word), guessed: map[rune]bool{}, maxMiss: maxMiss}
}

func (g *Game) Masked() string {
	return strings.Map(func(r rune) rune {
		if !unicode.IsLetter(r) || g.guessed[r] {
			return r
		}
		return '_'
	}, g.word)
}

func (g *Game) Guess(r rune) (string, Outcome) {
	r = unicode.ToLower(r)
	if g.guessed[r] {
		return fmt.Sprintf("already guessed %q", r), g.state()
	}
	g.guessed[r] = true
	if !strings.ContainsRune(g.word, r) {
		g.misses = append(g.misses, r)
		return fmt.Sprintf("no %c (%d/%d)", r, len(g.misses), g.maxMiss), g.state()
	}
	return fmt.Sprintf("%d x %c", strings.Count(g.word, string(r)), r), g.state()
}

func (g *Game) state() Outcome {
	if len(g.misses) >= g.maxMiss {
		return Lost
	}
	if !strings.ContainsRune(g.Masked(), '_') {
		return Won
	}
	return Playing
}

func main() {
	games := []struct {
		word    string
		guesses string
	}{
		{"Gopher Land", "eaoglhpxrnd"},
		{"über-naïve", "ebrnvzqxwk"},
		{"mississippi", "iSsmqp"},
	}
	for _, gm := range games {
		g := NewGame(gm.word, 5)
		fmt.Println("word:", g.Masked())
		for _, r := range gm.guesses {
			msg, out := g.Guess(r)
			fmt.Printf("  %c: %-22s %s\n", r, msg, g.Masked())
			if out != Playing {
				fmt.Println("  result:", map[Outcome]string{Won: "won", Lost: "lost"}[out], "misses:", string(g.misses))
				break
			}
		}
	}
	fmt.Println(strings.Title("done"), strings.EqualFold("Gopher", "GOPHER"))
}
