package main

import (
	"cmp"
	"fmt"
	"maps"
	"slices"
	"strings"
)

const poem = `Two roads diverged in a yellow wood,
And sorry I could not travel both
And be one traveler, long I stood
And looked down one as far as I could
To where it bent in the undergrowth;
`

const csvData = "name,qty,price\napple,3,0.5\npear,10,0.25\nplum,7,0.4"

func main() {
	n := 0
	for line := range strings.Lines(poem) {
		n++
		fmt.Printf("%d %q\n", n, strings.TrimRight(line, "\n")[:min(12, len(line)-1)])
	}

	freq := map[string]int{}
	for word := range strings.FieldsSeq(strings.ToLower(poem)) {
		word = strings.Trim(word, ",;.")
		freq[word]++
	}
	type wc struct {
		word  string
		count int
	}
	var counts []wc
	for _, w := range slices.Sorted(maps.Keys(freq)) {
		counts = append(counts, wc{w, freq[w]})
	}
	slices.SortStableFunc(counts, func(a, b wc) int {
		return cmp.Compare(b.count, a.count)
	})
	for _, c := range counts[:5] {
		fmt.Printf("%-6s %d\n", c.word, c.count)
	}

	header := true
	total := 0.0
	for row := range strings.SplitSeq(csvData, "\n") {
		if header {
			header = false
			continue
		}
		var name string
		var qty int
		var price float64
		fields := slices.Collect(strings.SplitSeq(row, ","))
		name = fields[0]
		fmt.Sscan(fields[1], &qty)
		fmt.Sscan(fields[2], &price)
		total += float64(qty) * price
		fmt.Printf("%-5s x%2d @ %.2f\n", name, qty, price)
	}
	fmt.Printf("total %.2f\n", total)

	for part := range strings.SplitAfterSeq("a-b-c", "-") {
		fmt.Print("[", part, "]")
	}
	fmt.Println()
	longest := ""
	for f := range strings.FieldsFuncSeq("alpha;beta gamma;;delta", func(r rune) bool { return r == ';' || r == ' ' }) {
		if len(f) > len(longest) {
			longest = f
		}
	}
	fmt.Println("longest:", longest)
}
