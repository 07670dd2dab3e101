package main

import (
	"bufio"
	"bytes"
	"fmt"
	"io"
	"sort"
	"strings"
	"unicode"
)

const text = `The quick brown fox jumps over the lazy dog.
The dog sleeps; the fox runs!
  Foxes and dogs, dogs and foxes.
`

func countWords(r io.Reader) (map[string]int, int, error) {
	sc := bufio.NewScanner(r)
	sc.Split(bufio.ScanWords)
	counts := make(map[string]int)
	total := 0
	for sc.Scan() {
		w := strings.ToLower(strings.TrimFunc(sc.Text(), func(r rune) bool {
			return !unicode.IsLetter(r)
		}))
		if w == "" {
			continue
		}
		counts[w]++
		total++
	}
	return counts, total, sc.Err()
}

func main() {
	counts, total, err := countWords(strings.NewReader(text))
	if err != nil {
		panic(err)
	}
	keys := make([]string, 0, len(counts))
	for k := range counts {
		keys = append(keys, k)
	}
	sort.Slice(keys, func(i, j int) bool {
		if counts[keys[i]] != counts[keys[j]] {
			return counts[keys[i]] > counts[keys[j]]
		}
		return keys[i] < keys[j]
	})
	fmt.Println("total words:", total)
	for _, k := range keys[:5] {
		fmt.Printf("%-6s %d\n", k, counts[k])
	}

	// lines with numbering
	sc := bufio.NewScanner(strings.NewReader(text))
	n := 0
	for sc.Scan() {
		n++
		fmt.Printf("%2d| %q\n", n, sc.Text())
	}

	// reader: read until delimiter
	br := bufio.NewReader(strings.NewReader("alpha,beta,gamma"))
	for {
		tok, err := br.ReadString(',')
		fmt.Printf("tok=%q err=%v\n", tok, err)
		if err == io.EOF {
			break
		}
	}

	// bytes.Buffer with bufio.Writer
	var buf bytes.Buffer
	w := bufio.NewWriterSize(&buf, 16)
	for i := 0; i < 5; i++ {
		fmt.Fprintf(w, "[%d]", i*i)
	}
	fmt.Println("before flush:", buf.Len(), "buffered:", w.Buffered())
	w.Flush()
	fmt.Println("after flush:", buf.String())

	fields := bytes.FieldsFunc([]byte("a1b22c333"), unicode.IsDigit)
	fmt.Printf("%q\n", fields)
	fmt.Println(bytes.Equal(bytes.ToUpper([]byte("go")), []byte("GO")), bytes.Count([]byte("cheese"), []byte("e")))
	rr := strings.NewReader("héllo")
	for {
		r, size, err := rr.ReadRune()
		if err != nil {
			break
		}
		fmt.Print(string(r), size, " ")
	}
	fmt.Println()
}
