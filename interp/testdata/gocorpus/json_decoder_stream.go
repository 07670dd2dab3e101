// Exercises: json.Decoder reading a stream of objects and json.Encoder writing them.
package main

import (
	"encoding/json"
	"fmt"
	"io"
	"os"
	"strings"
)

type Msg struct {
	From string `json:"from"`
	Text string `json:"text"`
}

func main() {
	input := `{"from":"a","text":"hi"} {"from":"b","text":"yo"}
{"from":"c","text":"<ok> & done"}`
	dec := json.NewDecoder(strings.NewReader(input))
	enc := json.NewEncoder(os.Stdout)
	for {
		var m Msg
		err := dec.Decode(&m)
		if err == io.EOF {
			break
		}
		if err != nil {
			fmt.Println("err", err)
			break
		}
		m.Text = strings.ToUpper(m.Text)
		enc.Encode(m)
	}
}
