package main

import (
	"bytes"
	"fmt"
	"log"
	"os"
	"strings"
	"time"
)

func apply(fs []func(string) string, s string) string {
	for _, f := range fs {
		s = f(s)
	}
	return s
}

func main() {
	var sb strings.Builder
	w := sb.WriteString
	n, err := w("hey")
	fmt.Println(n, err, sb.String())
	l := log.New(os.Stdout, "p: ", 0)
	pf := l.Printf
	pf("%d-%s\n", 3, "x")
	d := 90 * time.Second
	ds := d.String
	d = time.Hour
	fmt.Println(ds())
	r := strings.NewReplacer("a", "b")
	fmt.Println(apply([]func(string) string{strings.ToUpper, r.Replace, strings.TrimSpace}, " abc "))
	var buf bytes.Buffer
	write := buf.Write
	write([]byte("zz"))
	fmt.Println(buf.String())
	m := map[string]func(...any) (int, error){"p": fmt.Println}
	m["p"]("via map")
}
