// Exercises: bufio.Scanner with a custom SplitFunc (paragraphs separated by blank lines, with a final token at EOF), Scanner.Buffer limits and bufio.ErrTooLong, ScanLines with \r\n, ScanRunes.
package main

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"strings"
)

// paragraphs yields runs of text separated by one or more empty lines.
func paragraphs(data []byte, atEOF bool) (int, []byte, error) {
	start := 0
	for start < len(data) && data[start] == '\n' {
		start++
	}
	if i := bytes.Index(data[start:], []byte("\n\n")); i >= 0 {
		return start + i + 2, bytes.ReplaceAll(data[start:start+i], []byte("\n"), []byte(" ")), nil
	}
	if atEOF && start < len(data) {
		return len(data), bytes.TrimRight(bytes.ReplaceAll(data[start:], []byte("\n"), []byte(" ")), " "), nil
	}
	return start, nil, nil
}

func main() {
	text := "First para\nline two.\n\n\n\nSecond para.\n\nThird\nand last\n"
	sc := bufio.NewScanner(strings.NewReader(text))
	sc.Split(paragraphs)
	for n := 1; sc.Scan(); n++ {
		fmt.Printf("%d:[%s]\n", n, sc.Text())
	}
	lines := bufio.NewScanner(strings.NewReader("one\ntwo\r\nthree"))
	for lines.Scan() {
		fmt.Printf("line %q\n", lines.Text())
	}
	runes := bufio.NewScanner(strings.NewReader("héllo"))
	runes.Split(bufio.ScanRunes)
	count := 0
	for runes.Scan() {
		count++
	}
	fmt.Println("runes", count)
	small := bufio.NewScanner(strings.NewReader(strings.Repeat("x", 40) + "\nshort\n"))
	small.Buffer(make([]byte, 8), 16)
	for small.Scan() {
		fmt.Println("got", small.Text())
	}
	fmt.Println(small.Err(), errors.Is(small.Err(), bufio.ErrTooLong))
}
