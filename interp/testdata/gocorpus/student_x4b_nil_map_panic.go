// Exercises: student mistake: writing to a nil map after some output; the program dies with Go's runtime panic
package main

import "fmt"

type Vocab struct {
	index map[string]int
	words []string
}

func (v *Vocab) Add(w string) int {
	if i, ok := v.index[w]; ok {
		return i
	}
	v.words = append(v.words, w)
	v.index[w] = len(v.words) - 1 // index was never made
	return len(v.words) - 1
}

func main() {
	var v Vocab
	fmt.Println("lookup on nil map:", v.index["x"], len(v.index))
	fmt.Println("adding a word")
	v.Add("gradient")
	fmt.Println("unreachable")
}
