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

const text = `The interpreter reads a program, the parser builds a tree,
and the evaluator walks the tree. Trees, trees everywhere!
  Indented line with	tabs.

Last line without newline`

type counter struct {
	words map[string]int
	lines int
	bytes int
}

func (c *counter) Write(p []byte) (int, error) {
	c.bytes += len(p)
	c.lines += bytes.Count(p, []byte("\n"))
	return len(p), nil
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
	type kv struct {
		k string
		v int
	}
	var kvs []kv
	for k, v := range freq {
		kvs = append(kvs, kv{k, v})
	}
	sort.Slice(kvs, func(i, j int) bool {
		if kvs[i].v != kvs[j].v {
			return kvs[i].v > kvs[j].v
		}
		return kvs[i].k < kvs[j].k
	})
	fmt.Println(total, len(freq), kvs[:5])

	r := bufio.NewReader(strings.NewReader(text))
	n := 0
	for {
		line, err := r.ReadString('\n')
		n++
		fmt.Printf("%d %q\n", n, strings.TrimRight(line, "\n"))
		if err == io.EOF {
			break
		}
	}
	var buf bytes.Buffer
	w := bufio.NewWriter(&buf)
	fmt.Fprintf(w, "%s|%5d|%-5s|", "x", 42, "ab")
	fmt.Println(buf.Len())
	w.Flush()
	fmt.Println(buf.String(), buf.Len())
	c := &counter{}
	m, err := io.Copy(c, strings.NewReader(text))
	fmt.Println(m, err, c.lines, c.bytes)
	mw := io.MultiWriter(&buf, c)
	io.WriteString(mw, "\nmore\n")
	fmt.Println(buf.String()[buf.Len()-6:] == "\nmore\n", c.lines)
	fields := strings.FieldsFunc("a,b;;c d", func(r rune) bool { return r == ',' || r == ';' || r == ' ' })
	fmt.Println(fields, len(fields), strings.Title("x"), strings.EqualFold("Go", "GO"))
	rep := strings.NewReplacer("<", "&lt;", ">", "&gt;")
	fmt.Println(rep.Replace("<a><b>"))
}
