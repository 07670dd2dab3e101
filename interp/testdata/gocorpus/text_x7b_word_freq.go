// Exercises: bufio.Scanner with ScanWords, map counting, sort.Slice by count then word, strings.ToLower/Trim.
package main

import (
	"bufio"
	"fmt"
	"sort"
	"strings"
)

const text = `The quick brown fox jumps over the lazy dog.
The dog sleeps; the fox runs. A fox, a dog, the end!`

type wordCount struct {
	word  string
	count int
}

func main() {
	sc := bufio.NewScanner(strings.NewReader(text))
	sc.Split(bufio.ScanWords)
	counts := map[string]int{}
	for sc.Scan() {
		w := strings.ToLower(strings.Trim(sc.Text(), ".,;!"))
		if w != "" {
			counts[w]++
		}
	}
	var list []wordCount
	for w, c := range counts {
		list = append(list, wordCount{w, c})
	}
	sort.Slice(list, func(i, j int) bool {
		if list[i].count != list[j].count {
			return list[i].count > list[j].count
		}
		return list[i].word < list[j].word
	})
	for i, wc := range list {
		if i == 6 {
			break
		}
		fmt.Printf("%-6s %d\n", wc.word, wc.count)
	}
	fmt.Println("distinct:", len(list))
}
