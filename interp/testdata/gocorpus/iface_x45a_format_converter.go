package main

import (
	"encoding/json"
	"fmt"
	"sort"
	"strings"
)

type Writer interface {
	Write(name, seq string) string
}

type FastaWriter struct{ Width int }
type TabWriter struct{}
type JSONWriter struct{ Pretty bool }

func (f FastaWriter) Write(name, seq string) string {
	var b strings.Builder
	b.WriteString(">" + name + "\n")
	for i := 0; i < len(seq); i += f.Width {
		end := min(i+f.Width, len(seq))
		b.WriteString(seq[i:end] + "\n")
	}
	return b.String()
}

func (TabWriter) Write(name, seq string) string { return name + "\t" + seq + "\n" }

func (j *JSONWriter) Write(name, seq string) string {
	rec := struct {
		ID     string `json:"id"`
		Seq    string `json:"seq"`
		Length int    `json:"length"`
	}{name, seq, len(seq)}
	var out []byte
	if j.Pretty {
		out, _ = json.MarshalIndent(rec, "", "  ")
	} else {
		out, _ = json.Marshal(rec)
	}
	return string(out) + "\n"
}

func describe(v any) string {
	switch x := v.(type) {
	case nil:
		return "nothing"
	case FastaWriter:
		return fmt.Sprintf("fasta(width=%d)", x.Width)
	case *JSONWriter:
		return fmt.Sprintf("json(pretty=%v)", x.Pretty)
	case Writer:
		return fmt.Sprintf("other writer %T", x)
	case int, int64:
		return fmt.Sprintf("number %v", x)
	case []string:
		return "list of " + fmt.Sprint(len(x))
	default:
		return fmt.Sprintf("unknown %T", x)
	}
}

func main() {
	seqs := map[string]string{
		"chrA": "ACGTACGTACGTACGTACGTAC",
		"chrB": "TTGGCCAA",
	}
	keys := make([]string, 0)
	for k := range seqs {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	writers := []Writer{FastaWriter{Width: 10}, TabWriter{}, &JSONWriter{}, &JSONWriter{Pretty: true}}
	for _, w := range writers {
		fmt.Printf("== %s ==\n", describe(w))
		for _, k := range keys {
			fmt.Print(w.Write(k, seqs[k]))
		}
	}
	for _, v := range []any{nil, 42, int64(7), []string{"a"}, 3.5, map[string]int{"x": 1}} {
		fmt.Println(describe(v))
	}
	var w Writer
	fmt.Printf("%v %T\n", w, w)
	w = FastaWriter{4}
	fw, ok := w.(FastaWriter)
	_, isTab := w.(TabWriter)
	fmt.Printf("%#v %v %v\n", fw, ok, isTab)
}
