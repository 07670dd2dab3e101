package main

import (
	"fmt"
	"strings"
	"unicode"
)

type Responder interface {
	Respond(string) string
}

type Bob struct{}

func (Bob) Respond(remark string) string {
	r := strings.TrimSpace(remark)
	hasLetters := strings.IndexFunc(r, unicode.IsLetter) >= 0
	yelling := hasLetters && strings.ToUpper(r) == r
	question := strings.HasSuffix(r, "?")
	switch {
	case r == "":
		return "Fine. Be that way!"
	case yelling && question:
		return "Calm down, I know what I'm doing!"
	case yelling:
		return "Whoa, chill out!"
	case question:
		return "Sure."
	default:
		return "Whatever."
	}
}

type Echo struct{ Prefix string }

func (e Echo) Respond(s string) string { return e.Prefix + strings.TrimSpace(s) }

type ResponderFunc func(string) string

func (f ResponderFunc) Respond(s string) string { return f(s) }

func main() {
	remarks := []string{"Tom-ay-to, tom-aaaah-to.", "WATCH OUT!", "FCECDFCAAB", "Does this cryogenic chamber make me look fat?",
		"You are, what, like 15?", "fffbbcbeab?", "Hi there", "It's OK if you don't want to go work for NASA.",
		"WHAT'S GOING ON?", "1, 2, 3 GO!", "1, 2, 3", "4?", "ZOMG THE %^*@#$(*^ ZOMBIES ARE COMING!!11!!1!",
		"I HATE THE DENTIST", "Ending with ? means a question.", ":) ?", "Wait! Hang on. Are you going to be OK?",
		"", "          ", "\t\t\t\t\t\t\t\t\t\t", "\nDoes this cryogenic chamber make me look fat?\nNo.", "         hmmmmmmm...",
		"Okay if like my  spacebar  quite a bit?   ", "\n\r \t", "ÜMLÄÜTS!"}
	rs := []Responder{Bob{}, Echo{"> "}, ResponderFunc(strings.ToUpper)}
	for _, rm := range remarks {
		fmt.Printf("%-50q %s\n", rm, rs[0].Respond(rm))
	}
	for _, r := range rs[1:] {
		fmt.Printf("%T: %q\n", r, r.Respond("  hi bob  "))
	}
	counts := map[string]int{}
	for _, rm := range remarks {
		counts[Bob{}.Respond(rm)]++
	}
	fmt.Println(counts)
}
