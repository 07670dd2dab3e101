package main

import (
	"bufio"
	"fmt"
	"maps"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

const input = `The quick brown fox jumps over the lazy dog.
Über-naïve café owners serve crème brûlée; the fox declines!
"Dog days," said the Dog, "are over."`

type freq struct {
	word  string
	count int
}

func main() {
	sc := bufio.NewScanner(strings.NewReader(input))
	counts := map[string]int{}
	letters := map[rune]int{}
	lines, runes, bytes := 0, 0, 0
	for sc.Scan() {
		line := sc.Text()
		lines++
		runes += utf8.RuneCountInString(line)
		bytes += len(line)
		words := strings.FieldsFunc(line, func(r rune) bool {
			return !unicode.IsLetter(r) && r != '-'
		})
		for _, w := range words {
			counts[strings.ToLower(w)]++
		}
		for _, r := range line {
			if unicode.IsLetter(r) {
				letters[unicode.ToLower(r)]++
			}
		}
	}
	fmt.Printf("lines=%d runes=%d bytes=%d distinct=%d\n", lines, runes, bytes, len(counts))
	var fs []freq
	for w, c := range counts {
		fs = append(fs, freq{w, c})
	}
	slices.SortFunc(fs, func(a, b freq) int {
		if a.count != b.count {
			return b.count - a.count
		}
		return strings.Compare(a.word, b.word)
	})
	for _, f := range fs[:6] {
		fmt.Printf("%-8s %d %s\n", f.word, f.count, strings.Repeat("*", f.count))
	}
	nonASCII := slices.Sorted(func(yield func(rune) bool) {
		for r := range letters {
			if r > unicode.MaxASCII && !yield(r) {
				return
			}
		}
	})
	fmt.Printf("non-ascii letters: %q %U\n", string(nonASCII), nonASCII[0])
	keys := slices.Collect(maps.Keys(counts))
	slices.Sort(keys)
	longest := slices.MaxFunc(keys, func(a, b string) int {
		return utf8.RuneCountInString(a) - utf8.RuneCountInString(b)
	})
	fmt.Println("longest:", longest, len(longest), utf8.RuneCountInString(longest))
	title := []rune("brûlée")
	title[0] = unicode.ToUpper(title[0])
	fmt.Println(string(title), strings.ToUpper("straße"), strings.EqualFold("Café", "CAFÉ"))
	r := strings.NewReplacer("the", "THE", "fox", "🦊")
	fmt.Println(r.Replace("the fox and the hound"))
	for i, r := range "aé🦊" {
		fmt.Print(i, ":", string(r), " ")
	}
	fmt.Println()
}
