// Exercises: line filters - bufio.Scanner over a strings.Reader: a grep/number/transform filter, word and rune scanning, a custom split, a too-long line error
package main

import (
	"bufio"
	"fmt"
	"os"
	"strings"
)

const logText = `INFO start
WARN disk 91%
INFO request /a
ERROR timeout on /b

WARN retry /b
INFO done`

func main() {
	sc := bufio.NewScanner(strings.NewReader(logText))
	lineNo, kept := 0, 0
	for sc.Scan() {
		lineNo++
		line := sc.Text()
		if level, rest, ok := strings.Cut(line, " "); ok && level != "INFO" {
			kept++
			fmt.Printf("%3d %-5s %s\n", lineNo, strings.ToLower(level), strings.ToUpper(rest))
		}
	}
	if err := sc.Err(); err != nil {
		fmt.Fprintln(os.Stderr, "scan:", err)
		os.Exit(1)
	}
	fmt.Println("lines:", lineNo, "kept:", kept)
	words := bufio.NewScanner(strings.NewReader("the  cat\tsat\n on\nthe mat"))
	words.Split(bufio.ScanWords)
	freq := map[string]int{}
	for words.Scan() {
		freq[words.Text()]++
	}
	fmt.Println(freq)
	runes := bufio.NewScanner(strings.NewReader("né✓"))
	runes.Split(bufio.ScanRunes)
	for runes.Scan() {
		fmt.Printf("%q(%d) ", runes.Text(), len(runes.Bytes()))
	}
	fmt.Println()
	records := bufio.NewScanner(strings.NewReader("a=1;b=2;;c=3"))
	records.Split(func(data []byte, atEOF bool) (int, []byte, error) {
		if i := strings.IndexByte(string(data), ';'); i >= 0 {
			return i + 1, data[:i], nil
		}
		if atEOF && len(data) > 0 {
			return len(data), data, bufio.ErrFinalToken
		}
		return 0, nil, nil
	})
	for records.Scan() {
		fmt.Printf("[%s]", records.Text())
	}
	fmt.Println(records.Err())
	tight := bufio.NewScanner(strings.NewReader("short\n" + strings.Repeat("z", 64) + "\nafter"))
	tight.Buffer(make([]byte, 8), 16)
	for tight.Scan() {
		fmt.Println("got", tight.Text())
	}
	fmt.Println("stopped:", tight.Err())
}
