// Exercises: bufio.Scanner over strings.NewReader with ScanWords, ScanRunes and a custom split function
package main

import (
	"bufio"
	"bytes"
	"fmt"
	"strings"
)

func commaSplit(data []byte, atEOF bool) (advance int, token []byte, err error) {
	if i := bytes.IndexByte(data, ','); i >= 0 {
		return i + 1, bytes.TrimSpace(data[:i]), nil
	}
	if atEOF && len(data) > 0 {
		return len(data), bytes.TrimSpace(data), nil
	}
	return 0, nil, nil
}

func main() {
	input := "alpha, beta,gamma ,  delta"
	sc := bufio.NewScanner(strings.NewReader(input))
	sc.Split(commaSplit)
	var toks []string
	for sc.Scan() {
		toks = append(toks, sc.Text())
	}
	fmt.Printf("%q %v\n", toks, sc.Err())
	words := bufio.NewScanner(strings.NewReader("one two\nthree  four\n\nfive"))
	words.Split(bufio.ScanWords)
	n := 0
	for words.Scan() {
		n++
	}
	fmt.Println("words", n)
	lines := bufio.NewScanner(strings.NewReader("l1\nl2\r\n\nl4"))
	for i := 1; lines.Scan(); i++ {
		fmt.Printf("%d:%q ", i, lines.Text())
	}
	fmt.Println()
	runes := bufio.NewScanner(strings.NewReader("héé!"))
	runes.Split(bufio.ScanRunes)
	for runes.Scan() {
		fmt.Print("[", runes.Text(), "]")
	}
	fmt.Println()
}
