package main

import (
	"fmt"
	"sort"
	"strconv"
	"strings"
	"unicode"
)

const text = `It was the best of times, it was the worst of times; it was the age of wisdom,
it was the age of foolishness... It was 1775, and 42 ravens counted 3.5 crowns!
"Quoted" words -- and hyphen-ated ones -- appear too.`

type stat struct {
	word  string
	count int
}

func main() {
	words := strings.FieldsFunc(strings.ToLower(text), func(r rune) bool {
		return !unicode.IsLetter(r) && r != '-' && !unicode.IsDigit(r) && r != '.'
	})
	freq := map[string]int{}
	var nums []float64
	for _, w := range words {
		w = strings.Trim(w, ".-")
		if w == "" {
			continue
		}
		if f, err := strconv.ParseFloat(w, 64); err == nil {
			nums = append(nums, f)
			continue
		}
		freq[w]++
	}
	stats := make([]stat, 0, len(freq))
	for w, c := range freq {
		stats = append(stats, stat{w, c})
	}
	sort.Slice(stats, func(i, j int) bool {
		if stats[i].count != stats[j].count {
			return stats[i].count > stats[j].count
		}
		return stats[i].word < stats[j].word
	})
	for _, s := range stats[:6] {
		fmt.Printf("%-8s %s %d\n", s.word, strings.Repeat("#", s.count), s.count)
	}
	fmt.Println("numbers:", nums)

	var letters, upper, digits, spaces, punct int
	for _, r := range text {
		switch {
		case unicode.IsUpper(r):
			upper++
			letters++
		case unicode.IsLetter(r):
			letters++
		case unicode.IsDigit(r):
			digits++
		case unicode.IsSpace(r):
			spaces++
		case unicode.IsPunct(r):
			punct++
		}
	}
	fmt.Println(letters, upper, digits, spaces, punct)

	lines := strings.Split(text, "\n")
	for i, l := range lines {
		fmt.Printf("%d: len=%d words=%d first=%q last=%q\n", i, len(l), len(strings.Fields(l)),
			strings.Fields(l)[0], l[strings.LastIndex(l, " ")+1:])
	}
	var sb strings.Builder
	for i, w := range strings.Fields(lines[0])[:6] {
		if i > 0 {
			sb.WriteByte('_')
		}
		sb.WriteString(strings.ToUpper(w[:1]) + w[1:])
	}
	fmt.Println(sb.String(), sb.Len())
	r := strings.NewReplacer("it", "IT", "was", "WAS", ",", "")
	fmt.Println(r.Replace(lines[0][:40]))
	fmt.Println(strings.Count(text, "was"), strings.Index(text, "age"), strings.EqualFold("Times", "TIMES"))
	before, after, found := strings.Cut(lines[1], ",")
	fmt.Printf("%q | %q | %v\n", before, after, found)
	fmt.Println(strconv.Quote("tab\t\"q\""), strconv.Itoa(-45), strconv.FormatInt(255, 2), strconv.FormatFloat(3.14159, 'f', 2, 64))
	b, err := strconv.ParseBool("maybe")
	fmt.Println(b, err)
	n, err := strconv.ParseInt("7fff", 16, 16)
	fmt.Println(n, err)
	_, err = strconv.ParseInt("8000", 16, 16)
	fmt.Println(err)
}
