package main

import (
	"bufio"
	"encoding/json"
	"fmt"
	"strings"
)

// Values of the program's types, returned by calls, passed straight to
// compiled functions taking an io.Reader or io.Writer, in a program that
// does not import io.
type upper struct {
	src *strings.Reader
}

func (u *upper) Read(p []byte) (int, error) {
	n, err := u.src.Read(p)
	copy(p, strings.ToUpper(string(p[:n])))
	return n, err
}

func shout(s string) *upper { return &upper{strings.NewReader(s)} }

type tally struct {
	lines, bytes int
}

func (t *tally) Write(p []byte) (int, error) {
	t.lines += strings.Count(string(p), "\n")
	t.bytes += len(p)
	return len(p), nil
}

var counts = map[string]*tally{}

func counter(name string) *tally {
	if counts[name] == nil {
		counts[name] = &tally{}
	}
	return counts[name]
}

func main() {
	sc := bufio.NewScanner(shout("one two\nthree\n"))
	for sc.Scan() {
		fmt.Printf("%q\n", sc.Text())
	}
	var v map[string]int
	err := json.NewDecoder(shout(`{"a": 1, "b": 2}`)).Decode(&v)
	fmt.Println(v, err)
	fmt.Fprintln(counter("log"), "first line")
	fmt.Fprintf(counter("log"), "%d and %d\n", 2, 3)
	json.NewEncoder(counter("json")).Encode([]int{1, 2, 3})
	w := bufio.NewWriter(counter("buf"))
	w.WriteString("x\ny\n")
	w.Flush()
	for _, k := range []string{"log", "json", "buf"} {
		fmt.Printf("%s: %+v\n", k, *counts[k])
	}
}
