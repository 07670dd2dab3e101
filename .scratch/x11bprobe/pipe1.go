package main

import (
	"encoding/csv"
	"encoding/json"
	"fmt"
	"io"
	"strings"
)

type Row struct {
	Name string
	Qty  int
}

func main() {
	pr, pw := io.Pipe()
	go func() {
		enc := json.NewEncoder(pw)
		for i, n := range []string{"a", "b", "c"} {
			enc.Encode(Row{n, i})
		}
		pw.CloseWithError(io.ErrUnexpectedEOF)
	}()
	dec := json.NewDecoder(pr)
	for {
		var r Row
		if err := dec.Decode(&r); err != nil {
			fmt.Println("end:", err)
			break
		}
		fmt.Printf("%+v ", r)
	}
	fmt.Println()
	rd := csv.NewReader(strings.NewReader("name,qty\n\"x, y\",3\nz,4\n"))
	recs, err := rd.ReadAll()
	fmt.Println(recs, len(recs), err)
	var sb strings.Builder
	w := csv.NewWriter(&sb)
	w.Write([]string{"a,b", `q"uote`})
	w.Flush()
	fmt.Print(sb.String())
}
