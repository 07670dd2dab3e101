package main

import (
	"fmt"
	"sort"
	"strings"
	"unicode"
)

type Command struct {
	Verb   string
	Object string
	Prep   string
	Target string
}

var synonyms = map[string]string{
	"get": "take", "grab": "take", "pick": "take",
	"n": "go north", "s": "go south", "e": "go east", "w": "go west",
	"l": "look", "i": "inventory", "x": "examine",
}

var stop = map[string]bool{"the": true, "a": true, "an": true, "up": true}
var preps = []string{"with", "on", "in", "to", "at"}

func tokenize(s string) []string {
	f := strings.FieldsFunc(strings.ToLower(s), func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r)
	})
	out := f[:0]
	for _, w := range f {
		if !stop[w] {
			out = append(out, w)
		}
	}
	return out
}

func Parse(s string) (Command, error) {
	toks := tokenize(s)
	if len(toks) == 0 {
		return Command{}, fmt.Errorf("empty command")
	}
	if exp, ok := synonyms[toks[0]]; ok {
		toks = append(strings.Fields(exp), toks[1:]...)
	}
	c := Command{Verb: toks[0]}
	rest := toks[1:]
	for i, w := range rest {
		for _, p := range preps {
			if w == p {
				c.Object = strings.Join(rest[:i], " ")
				c.Prep = p
				c.Target = strings.Join(rest[i+1:], " ")
				return c, nil
			}
		}
	}
	c.Object = strings.Join(rest, " ")
	return c, nil
}

func main() {
	inputs := []string{
		"Get the brass lamp",
		"n",
		"unlock the door with the golden key",
		"  ",
		"put coin in the slot!",
		"x statue",
		"pick up an apple",
		"throw rock at troll",
	}
	verbs := map[string]int{}
	for _, in := range inputs {
		c, err := Parse(in)
		if err != nil {
			fmt.Printf("%-40q error: %v\n", in, err)
			continue
		}
		verbs[c.Verb]++
		fmt.Printf("%-40q %+v\n", in, c)
	}
	keys := make([]string, 0, len(verbs))
	for k := range verbs {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		fmt.Printf("%s:%d ", k, verbs[k])
	}
	fmt.Println()
}
