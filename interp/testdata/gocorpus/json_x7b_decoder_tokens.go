// Exercises: json.Decoder streaming Token() with json.Delim, More(), Decode of array elements, multiple values in one stream.
package main

import (
	"encoding/json"
	"fmt"
	"io"
	"strings"
)

type Event struct {
	Kind  string `json:"kind"`
	Value int    `json:"value"`
}

func main() {
	dec := json.NewDecoder(strings.NewReader(`{"events":[{"kind":"a","value":1},{"kind":"b","value":2},{"kind":"c","value":3}]}`))
	for {
		tok, err := dec.Token()
		if err == io.EOF {
			break
		}
		if err != nil {
			fmt.Println("error:", err)
			return
		}
		if d, ok := tok.(json.Delim); ok {
			fmt.Printf("delim %v\n", d)
			if d == '[' {
				sum := 0
				for dec.More() {
					var e Event
					if err := dec.Decode(&e); err != nil {
						fmt.Println("decode:", err)
						return
					}
					sum += e.Value
					fmt.Printf("event %+v\n", e)
				}
				fmt.Println("sum", sum)
			}
			continue
		}
		fmt.Printf("token %T %v\n", tok, tok)
	}
	stream := json.NewDecoder(strings.NewReader(`{"kind":"x","value":7} {"kind":"y","value":8}`))
	for stream.More() {
		var e Event
		stream.Decode(&e)
		fmt.Println(e.Kind, e.Value)
	}
}
