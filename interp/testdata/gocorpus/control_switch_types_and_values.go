// Exercises: switch on strings with multiple values per case and on a function result.
package main

import (
	"fmt"
	"strings"
)

func category(ext string) string {
	switch strings.ToLower(ext) {
	case ".jpg", ".jpeg", ".png", ".gif":
		return "image"
	case ".go", ".rs", ".c":
		return "source"
	case "":
		return "none"
	}
	return "other"
}

func main() {
	for _, e := range []string{".PNG", ".go", "", ".txt", ".Jpeg"} {
		fmt.Printf("%q -> %s\n", e, category(e))
	}
}
