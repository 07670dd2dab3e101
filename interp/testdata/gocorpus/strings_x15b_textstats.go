package main

import (
	"bufio"
	"fmt"
	"slices"
	"strings"
	"unicode"
)

const text = `It was the best of times, it was the worst of times,
it was the age of wisdom, it was the age of foolishness,
it was the epoch of belief, it was the epoch of incredulity,
it was the season of Light, it was the season of Darkness.`

type wc struct {
	word  string
	count int
}

func caesar(s string, k int) string {
	return strings.Map(func(r rune) rune {
		switch {
		case r >= 'a' && r <= 'z':
			return 'a' + (r-'a'+rune(k)+26)%26
		case r >= 'A' && r <= 'Z':
			return 'A' + (r-'A'+rune(k)+26)%26
		}
		return r
	}, s)
}

func rle(s string) string {
	var b strings.Builder
	rs := []rune(s)
	for i := 0; i < len(rs); {
		j := i
		for j < len(rs) && rs[j] == rs[i] {
			j++
		}
		if j-i > 1 {
			fmt.Fprintf(&b, "%d", j-i)
		}
		b.WriteRune(rs[i])
		i = j
	}
	return b.String()
}

func main() {
	sc := bufio.NewScanner(strings.NewReader(text))
	sc.Split(bufio.ScanWords)
	freq := map[string]int{}
	total := 0
	for sc.Scan() {
		w := strings.ToLower(strings.TrimFunc(sc.Text(), func(r rune) bool { return !unicode.IsLetter(r) }))
		if w != "" {
			freq[w]++
			total++
		}
	}
	var list []wc
	for w, c := range freq {
		list = append(list, wc{w, c})
	}
	slices.SortFunc(list, func(a, b wc) int {
		if a.count != b.count {
			return b.count - a.count
		}
		return strings.Compare(a.word, b.word)
	})
	fmt.Println("total", total, "unique", len(freq))
	for _, e := range list[:6] {
		fmt.Printf("%-8s %2d %s\n", e.word, e.count, strings.Repeat("#", e.count))
	}
	lines := strings.Split(text, "\n")
	for i, l := range lines {
		fmt.Printf("%d: %d chars, %d commas, title=%q\n", i, len(l), strings.Count(l, ","), strings.Title(strings.Fields(l)[4]))
	}
	enc := caesar("Hello, World! xyz", 3)
	fmt.Println(enc, caesar(enc, -3))
	fmt.Println(rle("aaabccddddé éé"), rle(""), rle("abc"))
	r := strings.NewReplacer("best", "BEST", "worst", "WORST", "times", "⏰")
	fmt.Println(r.Replace(lines[0]))
	fmt.Println(strings.EqualFold("Straße", "STRASSE"), strings.EqualFold("Go", "GO"))
	before, after, found := strings.Cut(lines[1], "wisdom")
	fmt.Printf("%q %q %v\n", before, after, found)
	fmt.Println(strings.FieldsFunc("a1b22c333", unicode.IsDigit), strings.LastIndex(text, "it was"))
}
