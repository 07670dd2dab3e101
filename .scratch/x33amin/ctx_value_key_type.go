// Go prints:      context.Background.WithValue(main.ctxKey, x)
// Session prints: context.Background.WithValue(mirror.Key, x)
// Styles: both (program and notebook); SILENT wrong answer.
// The String of a context.WithValue context names the key's type; the
// session shows an internal type name instead of main.ctxKey.
package main

import (
	"context"
	"fmt"
)

type ctxKey string

func main() {
	fmt.Println(context.WithValue(context.Background(), ctxKey("id"), "x"))
}
