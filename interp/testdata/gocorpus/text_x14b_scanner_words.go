package main

import (
	"bufio"
	"fmt"
	"sort"
	"strings"
	"unicode"
)

const text = `The quick brown fox jumps over the lazy dog.
The dog, being lazy, did not react; the fox was QUICK!
  Indented line with   extra   spaces.

Last line without newline`

func main() {
	sc := bufio.NewScanner(strings.NewReader(text))
	lineNo := 0
	for sc.Scan() {
		lineNo++
		line := sc.Text()
		fmt.Printf("%2d %3d %q\n", lineNo, len(line), strings.TrimSpace(line))
	}
	if err := sc.Err(); err != nil {
		fmt.Println("error:", err)
	}

	ws := bufio.NewScanner(strings.NewReader(text))
	ws.Split(bufio.ScanWords)
	counts := map[string]int{}
	for ws.Scan() {
		w := strings.ToLower(strings.TrimFunc(ws.Text(), func(r rune) bool { return !unicode.IsLetter(r) }))
		if w != "" {
			counts[w]++
		}
	}
	type kv struct {
		k string
		v int
	}
	var kvs []kv
	for k, v := range counts {
		kvs = append(kvs, kv{k, v})
	}
	sort.Slice(kvs, func(i, j int) bool {
		if kvs[i].v != kvs[j].v {
			return kvs[i].v > kvs[j].v
		}
		return kvs[i].k < kvs[j].k
	})
	for _, e := range kvs[:6] {
		fmt.Printf("%-6s %d\n", e.k, e.v)
	}
	fmt.Println(len(counts), "distinct")

	rs := bufio.NewScanner(strings.NewReader("héllo"))
	rs.Split(bufio.ScanRunes)
	var runes []string
	for rs.Scan() {
		runes = append(runes, rs.Text())
	}
	fmt.Println(runes, len(runes))
}
