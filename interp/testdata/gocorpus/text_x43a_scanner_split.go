package main

import (
	"bufio"
	"bytes"
	"fmt"
	"strings"
	"unicode/utf8"
)

func sentences(data []byte, atEOF bool) (advance int, token []byte, err error) {
	for i := 0; i < len(data); i++ {
		if data[i] == '.' || data[i] == '!' || data[i] == '?' {
			j := i + 1
			if j < len(data) && data[j] != ' ' && data[j] != '\n' {
				continue
			}
			return j, bytes.TrimSpace(data[:j]), nil
		}
	}
	if atEOF && len(bytes.TrimSpace(data)) > 0 {
		return len(data), bytes.TrimSpace(data), nil
	}
	return 0, nil, nil
}

const text = `Mr. Smith went to Washington. He arrived at 3.15 p.m.! Was it raining? Yes.
It was pouring, and the streets were flooded. And then`

func main() {
	sc := bufio.NewScanner(strings.NewReader(text))
	sc.Split(sentences)
	n := 0
	for sc.Scan() {
		n++
		fmt.Printf("%2d. %q\n", n, sc.Text())
	}
	if err := sc.Err(); err != nil {
		fmt.Println("err:", err)
	}

	ws := bufio.NewScanner(strings.NewReader("héllo wörld\tfoo\nbar"))
	ws.Split(bufio.ScanWords)
	var words []string
	for ws.Scan() {
		words = append(words, ws.Text())
	}
	fmt.Println(len(words), words)

	rs := bufio.NewScanner(strings.NewReader("añb"))
	rs.Split(bufio.ScanRunes)
	for rs.Scan() {
		r, _ := utf8.DecodeRune(rs.Bytes())
		fmt.Printf("%c:%d ", r, len(rs.Bytes()))
	}
	fmt.Println()

	long := strings.Repeat("x", 100)
	small := bufio.NewScanner(strings.NewReader(long + "\nok\n"))
	small.Buffer(make([]byte, 16), 32)
	for small.Scan() {
		fmt.Println("line", len(small.Text()))
	}
	fmt.Println("err:", small.Err())

	var out bytes.Buffer
	w := bufio.NewWriter(&out)
	fmt.Fprintf(w, "%s|%5d|", "buffered", 42)
	fmt.Println("before flush:", out.Len(), w.Buffered())
	w.Flush()
	fmt.Println("after flush:", out.String())
}
