package main

import (
	"fmt"
	"strings"
)

type Hangman struct {
	word    string
	guessed map[rune]bool
	misses  []rune
	maxMiss int
}

func NewHangman(word string, max int) *Hangman {
	return &Hangman{word: strings.ToLower(word), guessed: make(map[rune]bool), maxMiss: max}
}

func (h *Hangman) Masked() string {
	var b strings.Builder
	for _, r := range h.word {
		if h.guessed[r] {
			b.WriteRune(r)
		} else {
			b.WriteByte('_')
		}
		b.WriteByte(' ')
	}
	return strings.TrimSpace(b.String())
}

func (h *Hangman) Guess(r rune) (bool, error) {
	if h.guessed[r] {
		return false, fmt.Errorf("already guessed %q", r)
	}
	h.guessed[r] = true
	if strings.ContainsRune(h.word, r) {
		return true, nil
	}
	h.misses = append(h.misses, r)
	return false, nil
}

func (h *Hangman) Won() bool  { return !strings.Contains(h.Masked(), "_") }
func (h *Hangman) Lost() bool { return len(h.misses) >= h.maxMiss }

func main() {
	games := []struct {
		word    string
		guesses string
	}{
		{"gopher", "eaosphrg"},
		{"channel", "xyzqwkj"},
		{"closure", "ceelosur"},
	}
	for gi, g := range games {
		h := NewHangman(g.word, 6)
		fmt.Printf("Game %d: %s\n", gi+1, h.Masked())
		for _, r := range g.guesses {
			ok, err := h.Guess(r)
			if err != nil {
				fmt.Println("  error:", err)
				continue
			}
			mark := "miss"
			if ok {
				mark = "hit"
			}
			fmt.Printf("  guess %c -> %-4s %s misses=%s\n", r, mark, h.Masked(), string(h.misses))
			if h.Won() {
				fmt.Println("  WON")
				break
			}
			if h.Lost() {
				fmt.Printf("  LOST, word was %q\n", h.word)
				break
			}
		}
	}
}
