// Exercises: bufio.Scanner over strings.Reader with ScanLines, ScanWords, ScanRunes and a custom split.
package main

import (
	"bufio"
	"bytes"
	"fmt"
	"strings"
)

const poem = `The woods are lovely, dark and deep,
But I have promises to keep,

And miles to go before I sleep.`

func main() {
	sc := bufio.NewScanner(strings.NewReader(poem))
	n := 0
	for sc.Scan() {
		n++
		line := sc.Text()
		fmt.Printf("%2d %2d %q\n", n, len(strings.Fields(line)), line)
	}
	fmt.Println(sc.Err())

	ws := bufio.NewScanner(strings.NewReader(poem))
	ws.Split(bufio.ScanWords)
	words := 0
	longest := ""
	for ws.Scan() {
		words++
		if w := strings.Trim(ws.Text(), ",."); len(w) > len(longest) {
			longest = w
		}
	}
	fmt.Println(words, longest)

	rs := bufio.NewScanner(strings.NewReader("añb"))
	rs.Split(bufio.ScanRunes)
	for rs.Scan() {
		fmt.Printf("%q ", rs.Text())
	}
	fmt.Println()

	cs := bufio.NewScanner(strings.NewReader("a,b,,c"))
	cs.Split(func(data []byte, atEOF bool) (int, []byte, error) {
		if i := bytes.IndexByte(data, ','); i >= 0 {
			return i + 1, data[:i], nil
		}
		if atEOF && len(data) > 0 {
			return len(data), data, nil
		}
		return 0, nil, nil
	})
	for cs.Scan() {
		fmt.Printf("[%s]", cs.Text())
	}
	fmt.Println()
}
