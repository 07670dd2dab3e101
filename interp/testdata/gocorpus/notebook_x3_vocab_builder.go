// Exercises: notebook style: building a vocabulary (word->id) and reverse index in package-level state
package main

import (
	"fmt"
	"strings"
)

var vocab = map[string]int{}
var words []string

func tokenize(s string) []string {
	return strings.Fields(strings.ToLower(s))
}

func addSentence(s string) []int {
	var ids []int
	for _, w := range tokenize(s) {
		id, ok := vocab[w]
		if !ok {
			id = len(words)
			vocab[w] = id
			words = append(words, w)
		}
		ids = append(ids, id)
	}
	return ids
}

func main() {
	fmt.Println(addSentence("The cat sat"))
	fmt.Println(addSentence("the dog sat on the cat"))
	fmt.Println(words, len(vocab))
}
