// Exercises: bufio.Scanner over strings.Reader with lines and words split functions.
package main

import (
	"bufio"
	"fmt"
	"strings"
)

const input = `first line
second line has more words

last`

func main() {
	sc := bufio.NewScanner(strings.NewReader(input))
	lineNo := 0
	for sc.Scan() {
		lineNo++
		fmt.Printf("%d: %q\n", lineNo, sc.Text())
	}
	fmt.Println(sc.Err())
	ws := bufio.NewScanner(strings.NewReader(input))
	ws.Split(bufio.ScanWords)
	words := 0
	for ws.Scan() {
		words++
	}
	fmt.Println("words:", words)
	rs := bufio.NewScanner(strings.NewReader("héj"))
	rs.Split(bufio.ScanRunes)
	for rs.Scan() {
		fmt.Print("[", rs.Text(), "]")
	}
	fmt.Println()
}
