package main

import (
	"fmt"
	"strings"
)

type Game struct {
	word    string
	guessed map[rune]bool
	misses  int
	maxMiss int
}

func NewGame(word string, maxMiss int) *Game {
	return &Game{word: strings.ToLower(word), guessed: map[rune]bool{}, maxMiss: maxMiss}
}

func (g *Game) Masked() string {
	var sb strings.Builder
	for _, r := range g.word {
		if g.guessed[r] {
			sb.WriteRune(r)
		} else {
			sb.WriteRune('_')
		}
		sb.WriteByte(' ')
	}
	return strings.TrimSpace(sb.String())
}

func (g *Game) Guess(r rune) (string, bool) {
	if g.guessed[r] {
		return "already guessed", false
	}
	g.guessed[r] = true
	if strings.ContainsRune(g.word, r) {
		return fmt.Sprintf("yes, %d x %c", strings.Count(g.word, string(r)), r), true
	}
	g.misses++
	return fmt.Sprintf("no %c (%d/%d)", r, g.misses, g.maxMiss), false
}

func (g *Game) Won() bool  { return !strings.Contains(g.Masked(), "_") }
func (g *Game) Lost() bool { return g.misses >= g.maxMiss }

func play(word, guesses string) {
	g := NewGame(word, 4)
	fmt.Println("new game:", g.Masked())
	for _, r := range guesses {
		msg, _ := g.Guess(r)
		fmt.Printf("  %c: %-16s %s\n", r, msg, g.Masked())
		if g.Won() {
			fmt.Println("  you win!")
			return
		}
		if g.Lost() {
			fmt.Println("  you lose, the word was", g.word)
			return
		}
	}
	fmt.Println("  out of guesses")
}

func main() {
	play("Gopher", "eaoxgphr")
	play("channel", "zqxwc")
	play("map", "mm")
}
