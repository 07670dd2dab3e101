// Exercises: a line filter: bufio.Scanner over a strings.Reader, uppercasing lines, scanning words, counting, bufio.Writer flushed to stdout, Scanner.Err.
package main

import (
	"bufio"
	"fmt"
	"os"
	"strings"
)

const input = `hello world
the quick brown fox
  jumps over
the lazy dog`

func main() {
	scanner := bufio.NewScanner(strings.NewReader(input))
	n := 0
	for scanner.Scan() {
		ucl := strings.ToUpper(scanner.Text())
		n++
		fmt.Printf("%d: %s\n", n, ucl)
	}
	if err := scanner.Err(); err != nil {
		fmt.Fprintln(os.Stderr, "error:", err)
		os.Exit(1)
	}
	words := bufio.NewScanner(strings.NewReader(input))
	words.Split(bufio.ScanWords)
	count := map[string]int{}
	total := 0
	for words.Scan() {
		count[words.Text()]++
		total++
	}
	fmt.Println(total, count["the"], count)
	w := bufio.NewWriter(os.Stdout)
	fmt.Fprintf(w, "buffered %d\n", 1)
	w.WriteString("buffered 2\n")
	w.Flush()
	r := bufio.NewReader(strings.NewReader("line one\nline two\n"))
	line, err := r.ReadString('\n')
	fmt.Printf("%q %v\n", line, err)
	for line := range strings.Lines("a\nb\n") {
		fmt.Printf("%q ", line)
	}
	fmt.Println()
}
