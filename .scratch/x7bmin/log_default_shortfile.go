package main

import (
	"bytes"
	"fmt"
	"log"
	"os"
)

func main() {
	log.SetFlags(0)
	log.SetPrefix("tool: ")
	log.SetOutput(os.Stdout)
	log.Default().Print("default") // Go: "tool: default" on stdout
	var buf bytes.Buffer
	log.New(&buf, "", log.Lshortfile).Print("where")
	fmt.Print(buf.String()) // Go: "log_default_shortfile.go:16: where"
}
