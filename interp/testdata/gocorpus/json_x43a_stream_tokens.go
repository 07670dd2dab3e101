package main

import (
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"sort"
	"strings"
)

const stream = `{"user":"ann","event":"click","meta":{"x":10,"y":20}}
{"user":"bob","event":"view","tags":["a","b"]}
{"user":"ann","event":"view","score":3.5}
{"user":"cy","event":"click","ok":true,"none":null}
`

func walk(dec *json.Decoder, depth int, sb *strings.Builder) error {
	for {
		tok, err := dec.Token()
		if err != nil {
			return err
		}
		switch v := tok.(type) {
		case json.Delim:
			fmt.Fprintf(sb, "%s%v\n", strings.Repeat(" ", depth*2), v)
			if v == '{' || v == '[' {
				if err := walk(dec, depth+1, sb); err != nil {
					return err
				}
			} else {
				return nil
			}
		default:
			fmt.Fprintf(sb, "%s%T %v\n", strings.Repeat(" ", depth*2), v, v)
		}
		if depth == 0 {
			return nil
		}
	}
}

func main() {
	dec := json.NewDecoder(strings.NewReader(stream))
	perUser := map[string][]string{}
	var generic []map[string]any
	for {
		var m map[string]any
		err := dec.Decode(&m)
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			fmt.Println("decode:", err)
			return
		}
		generic = append(generic, m)
		u := m["user"].(string)
		perUser[u] = append(perUser[u], m["event"].(string))
	}
	users := make([]string, 0, len(perUser))
	for u := range perUser {
		users = append(users, u)
	}
	sort.Strings(users)
	for _, u := range users {
		fmt.Printf("%-4s %s\n", u, strings.Join(perUser[u], ","))
	}
	for _, m := range generic {
		fmt.Println(m)
	}
	fmt.Printf("%T %T %v\n", generic[0]["meta"], generic[1]["tags"], generic[0]["meta"].(map[string]any)["x"])

	var sb strings.Builder
	d2 := json.NewDecoder(strings.NewReader(`{"a":[1,"two",{"b":false}],"c":null}`))
	d2.UseNumber()
	if err := walk(d2, 0, &sb); err != nil {
		fmt.Println("walk:", err)
	}
	fmt.Print(sb.String())

	var bad map[string]int
	err := json.Unmarshal([]byte(`{"a":"x"}`), &bad)
	var te *json.UnmarshalTypeError
	fmt.Println(err, errors.As(err, &te))
	err = json.Unmarshal([]byte(`{"a":`), &bad)
	var se *json.SyntaxError
	fmt.Println(err, errors.As(err, &se))
}
