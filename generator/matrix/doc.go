// Package matrix builds the claim-element matrix: [Build] maps each count
// of a [*joined.Case] to a claim type of the element library, finds the
// allegations that plead each element (the candidate search and scoring of
// map.go, the echoes of echo.go) and sets each element's status from the
// answer. It imports no other product.
package matrix
